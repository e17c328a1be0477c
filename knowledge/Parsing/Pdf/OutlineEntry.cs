namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>One entry of a PDF's outline (its bookmarks): a heading's text, depth and page, when known.</summary>
internal sealed record OutlineEntry(string Title, int Level, int? Page);
