namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>
/// A table being read from a PDF: lines whose words stand in columns. A cell's text may wrap onto several
/// lines; a new row starts where the lines open up more than a wrapped line does. A header row that a page
/// break repeats is read once.
/// </summary>
internal sealed class PdfTable
{
    // A row ends where the next line is further below than a wrapped line (in line pitches); cell padding and
    // borders open rows up.
    private const double RowBreak = 1.12;

    // Lines this far apart (in line pitches) are not one table.
    private const double TableBreak = 2.4;

    // How far (in points) a word may start left of its column's edge.
    private const double Slack = 4;

    private readonly List<double> _columns;
    private readonly Hyphenation _hyphenation;
    private readonly double _pitch;
    private readonly List<(List<string>[] Cells, bool StartsPage)> _rows = [];
    private PdfLine? _last;

    /// <summary>A table whose columns start where the runs of words of <paramref name="columnLine"/> start.</summary>
    public PdfTable(PdfLine columnLine, Hyphenation hyphenation, double pitch)
    {
        ArgumentNullException.ThrowIfNull(columnLine);
        _columns = columnLine.Segments.Select(segment => segment[0].Left).ToList();
        _hyphenation = hyphenation;
        _pitch = pitch;
    }

    /// <summary>True when every word of the line sits inside one of this table's columns.</summary>
    public bool Fits(PdfLine line) => ColumnsOf(line) is not null;

    /// <summary>True when the line fits the columns and sits close enough below the table's last line.</summary>
    public bool Continues(PdfLine line, bool firstOnPage)
    {
        ArgumentNullException.ThrowIfNull(line);
        var close = _last is null
            || (line.Page == _last.Page ? _last.Baseline - line.Baseline <= _pitch * TableBreak : firstOnPage);
        return close && Fits(line);
    }

    public void Add(PdfLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var columns = ColumnsOf(line) ?? throw new ArgumentException("The line does not fit the table's columns.", nameof(line));
        var newPage = _last is not null && line.Page != _last.Page;
        if (_last is null || newPage || _last.Baseline - line.Baseline > _pitch * RowBreak)
        {
            _rows.Add((Enumerable.Range(0, _columns.Count).Select(_ => new List<string>()).ToArray(), newPage));
        }

        var words = Words(line);
        for (var w = 0; w < words.Count;)
        {
            // Words of one column on one line are one piece of that cell's text.
            var end = w;
            while (end < words.Count && columns[end] == columns[w])
            {
                end++;
            }

            _rows[^1].Cells[columns[w]].Add(string.Join(" ", words.Skip(w).Take(end - w).Select(word => word.Text)));
            w = end;
        }

        _last = line;
    }

    /// <summary>The table's rows, each as its cells' text.</summary>
    public IEnumerable<string[]> Rows()
    {
        if (_rows.Count == 0)
        {
            yield break;
        }

        var header = Cells(_rows[0].Cells);
        yield return header;
        foreach (var (row, startsPage) in _rows.Skip(1))
        {
            var cells = Cells(row);
            if (!(startsPage && cells.SequenceEqual(header)))
            {
                yield return cells;
            }
        }
    }

    private string[] Cells(List<string>[] row) =>
        row.Select(lines => lines.Aggregate(string.Empty, (text, next) => text.Length == 0 ? next : _hyphenation.Join(text, next))).ToArray();

    // The column of each word of the line, or null when a word straddles a column edge (the line is not part of
    // this table). Words are matched to columns rather than runs of words, because a cell can be filled so
    // close to the next column that no wide gap separates them.
    private int[]? ColumnsOf(PdfLine line)
    {
        var words = Words(line);
        var columns = new int[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            var c = _columns.FindLastIndex(left => words[w].Left >= left - Slack);
            var nextLeft = c + 1 < _columns.Count ? _columns[c + 1] : double.MaxValue;
            if (c < 0 || words[w].Right > nextLeft + 1 || (w > 0 && c < columns[w - 1]))
            {
                return null;
            }

            columns[w] = c;
        }

        return columns;
    }

    private static List<PdfWord> Words(PdfLine line) => line.Segments.SelectMany(segment => segment).ToList();
}
