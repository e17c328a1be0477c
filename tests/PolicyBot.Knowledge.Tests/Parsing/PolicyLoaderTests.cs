using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class PolicyLoaderTests
{
    private static readonly byte[] ShippedDocx = File.ReadAllBytes(KnowledgeFolders.Format(".docx"));

    // A Word document cut off half way, as a copy interrupted or a broken download leaves it.
    private static readonly byte[] TruncatedDocx = ShippedDocx[..(ShippedDocx.Length / 2)];

    private static readonly byte[] RandomBytes = Bytes(4096, seed: 12);

    // A header that promises a PDF, and nothing a PDF reader can use after it.
    private static readonly byte[] FakePdf = [.. "%PDF-1.7\n"u8.ToArray(), .. Bytes(4096, seed: 7)];

    [Fact]
    public void ReadFolder_UnreadableFilesBesideAGoodOne_WarnsNamingEachFileAndWhyAndLoadsTheRest()
    {
        var folder = Folder(
            ("social-media-policy.txt", File.ReadAllBytes(Path.Combine(TestPolicies.KnowledgeFolder, "policies", "social-media-policy.txt"))),
            ("corrupt.docx", TruncatedDocx),
            ("random.pdf", RandomBytes),
            ("fake.pdf", FakePdf),
            ("locked.pdf", File.ReadAllBytes(TestPolicies.TestData("policies/formats/password-protected/social-media-policy.pdf"))),
            ("empty.md", []),
            ("old.doc", RandomBytes),
            ("notes.rtf", "{\\rtf1 notes}"u8.ToArray()),
            ("~$cial-media-policy.docx", RandomBytes),
            (".DS_Store", RandomBytes));

        var files = PolicyLoader.ReadFolder(folder);

        Assert.Equal("social-media-policy", Assert.Single(files.Documents).Id);
        Assert.Collection(
            files.Warnings,
            warning => Assert.StartsWith("corrupt.docx: it is damaged or not a Word document (", warning, StringComparison.Ordinal),
            warning => Assert.StartsWith("empty.md: the file is empty (0 bytes).", warning, StringComparison.Ordinal),
            warning => Assert.StartsWith("fake.pdf: it is damaged or not a PDF PolicyBot can read (", warning, StringComparison.Ordinal),
            warning => Assert.StartsWith("locked.pdf: it is password-protected.", warning, StringComparison.Ordinal),
            warning => Assert.StartsWith("notes.rtf: '.rtf' is not a format PolicyBot reads.", warning, StringComparison.Ordinal),
            warning => Assert.StartsWith("old.doc: it is a Word 97-2003 document", warning, StringComparison.Ordinal),
            warning => Assert.StartsWith("random.pdf: it is not a PDF", warning, StringComparison.Ordinal));
        Assert.All(files.Warnings, warning => Assert.EndsWith("It was left out; the other policies loaded.", warning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "it is password-protected, or it is a Word 97-2003 document renamed to .docx.")]
    [InlineData(new byte[] { 0x7B, 0x5C, 0x72, 0x74, 0x66 }, "it is not a Word document: a .docx file is a zip package, and this file is not one.")]
    public void LoadFile_DocxThatIsNoZip_SaysWhatItIs(byte[] content, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => PolicyLoader.LoadFile(Write("policy.docx", content)));

        Assert.StartsWith("policy.docx: " + reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_TextFileHoldingBinaryData_IsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => PolicyLoader.LoadFile(Write("policy.txt", [0x41, 0x00, 0x42])));

        Assert.StartsWith("policy.txt: it is not a text file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_TwoFilesForOnePolicy_KeepsTheFirstAndWarnsAboutTheOther()
    {
        var folder = Folder(("social-media-policy.docx", ShippedDocx), ("social-media-policy.pdf", File.ReadAllBytes(KnowledgeFolders.Format(".pdf"))));

        var files = PolicyLoader.ReadFolder(folder);

        Assert.Single(files.Documents);
        Assert.StartsWith("social-media-policy.pdf was left out: the policy 'social-media-policy' was already read", Assert.Single(files.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_NoReadablePolicy_FailsNamingWhatWasWrong()
    {
        var folder = Folder(("corrupt.docx", TruncatedDocx), ("empty.txt", []));

        var error = Assert.Throws<InvalidDataException>(() => PolicyLoader.ReadFolder(folder));

        Assert.Contains("holds no readable .txt, .md, .docx or .pdf policy", error.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt.docx: it is damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty.txt: the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KnowledgeFolderWithACorruptPolicyBesideTheShippedOne_StartsAndSaysWhichFileWasLeftOut()
    {
        var folder = KnowledgeFolders.WithExtraFiles(("code-of-conduct.docx", TruncatedDocx), ("media-policy.pdf", RandomBytes), ("leave-policy.md", []));

        using var knowledge = PolicyKnowledgeBase.Load(folder, new KnowledgeOptions(), TestPolicies.Clock());

        Assert.Equal(["social-media-policy"], knowledge.Documents.Select(d => d.Id));
        Assert.Equal(3, knowledge.Warnings.Count);
        Assert.Contains(knowledge.Warnings, warning => warning.StartsWith("code-of-conduct.docx:", StringComparison.Ordinal));
        Assert.Contains(knowledge.Warnings, warning => warning.StartsWith("media-policy.pdf:", StringComparison.Ordinal));
        Assert.Contains(knowledge.Warnings, warning => warning.StartsWith("leave-policy.md:", StringComparison.Ordinal));
        var answer = knowledge.Ask("can I retweet corrections tweets?");
        Assert.True(answer.Answered);
        Assert.Equal("social-media-policy", answer.Citations[0].PolicyId);
    }

    private static string Folder(params (string Name, byte[] Content)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("policybot-policies-").FullName;
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), content);
        }

        return folder;
    }

    private static string Write(string name, byte[] content) => Path.Combine(Folder((name, content)), name);

    private static byte[] Bytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
