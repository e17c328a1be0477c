namespace PolicyBot.Bot.AppPackage;

/// <summary>The icon's glyph: a shield (the policy protects staff) with a tick (the answer checks out).</summary>
internal static class Shield
{
    // Points along each curved lower side; enough that no facet shows at 192x192.
    private const int CurveSteps = 24;

    /// <summary>The shield's outline as a polygon inside the given box of the unit square.</summary>
    public static IReadOnlyList<Point> Outline(double left, double top, double width, double height)
    {
        var shape = new List<Point> { new(0, 0.1), new(0.5, 0), new(1, 0.1), new(1, 0.5) };
        shape.AddRange(Curve(new(1, 0.5), new(1, 0.82), new(0.5, 1)));
        shape.AddRange(Curve(new(0.5, 1), new(0, 0.82), new(0, 0.5)));
        return Place(shape, left, top, width, height);
    }

    /// <summary>The tick, as a two-segment line inside the same box as the shield.</summary>
    public static IReadOnlyList<Point> Tick(double left, double top, double width, double height) =>
        Place([new(0.27, 0.5), new(0.44, 0.67), new(0.75, 0.34)], left, top, width, height);

    // A quadratic Bézier from start to end bent towards control, without its start point.
    private static IEnumerable<Point> Curve(Point start, Point control, Point end)
    {
        for (var i = 1; i <= CurveSteps; i++)
        {
            var t = i / (double)CurveSteps;
            var (a, b, c) = ((1 - t) * (1 - t), 2 * (1 - t) * t, t * t);
            yield return new(a * start.X + b * control.X + c * end.X, a * start.Y + b * control.Y + c * end.Y);
        }
    }

    private static List<Point> Place(IEnumerable<Point> shape, double left, double top, double width, double height) =>
        shape.Select(p => new Point(left + p.X * width, top + p.Y * height)).ToList();
}
