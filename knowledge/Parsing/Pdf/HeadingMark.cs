namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>A heading found among a PDF's lines: where it starts, how many lines it spans, its level and text.</summary>
internal sealed record HeadingMark(int Start, int Lines, int Level, string Text);
