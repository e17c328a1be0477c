"""Adds a page header and a "Page N of M" footer to pandoc's default reference.docx, in place.

Real policies printed from Word carry both on every page; the PDF reader has to drop them.
Usage: python3 add-header-footer.py reference.docx
"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def field(code):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def text(value):
    return f'<w:r><w:t xml:space="preserve">{value}</w:t></w:r>'


HEADER = f'<w:hdr {W} {R}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>{text("Department of Corrections | Social Media Policy")}</w:p></w:hdr>'
FOOTER = (f'<w:ftr {W} {R}><w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>'
          f'{text("Uncontrolled when printed")}<w:r><w:tab/></w:r>{text("Page ")}{field("PAGE")}{text(" of ")}{field("NUMPAGES")}</w:p></w:ftr>')
RELS = ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Id="rIdHeader1" Target="header1.xml" />'
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rIdFooter1" Target="footer1.xml" />')
TYPES = ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" />'
         '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" />')
SECTION = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference w:type="default" r:id="rIdFooter1"/>'
           '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')

path = sys.argv[1]
with zipfile.ZipFile(path) as source:
    parts = {name: source.read(name) for name in source.namelist()}

parts['word/header1.xml'] = HEADER.encode()
parts['word/footer1.xml'] = FOOTER.encode()
parts['word/_rels/document.xml.rels'] = parts['word/_rels/document.xml.rels'].replace(b'</Relationships>', RELS.encode() + b'</Relationships>')
parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(b'</Types>', TYPES.encode() + b'</Types>')
document = parts['word/document.xml'].decode()
if R not in document:
    document = document.replace('<w:document ', f'<w:document {R} ', 1)
parts['word/document.xml'] = document.replace('<w:sectPr />', SECTION).encode()

with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as target:
    for name, data in parts.items():
        target.writestr(name, data)
