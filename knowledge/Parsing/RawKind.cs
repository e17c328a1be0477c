namespace PolicyBot.Knowledge.Parsing;

/// <summary>What a <see cref="RawBlock"/> is.</summary>
internal enum RawKind
{
    Line,
    Bullet,
    TableRow,
    Heading,
}
