namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>A word on a PDF page: its text and where it starts and ends across the page, in points.</summary>
internal sealed record PdfWord(string Text, double Left, double Right);
