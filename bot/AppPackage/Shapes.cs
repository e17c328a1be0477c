namespace PolicyBot.Bot.AppPackage;

/// <summary>Inside/outside tests for the few shapes the icons are drawn from.</summary>
internal static class Shapes
{
    /// <summary>A filled polygon (even-odd rule).</summary>
    public static Func<Point, bool> Filled(IReadOnlyList<Point> polygon) => point =>
    {
        var inside = false;
        for (int i = 0, j = polygon.Count - 1; i < polygon.Count; j = i++)
        {
            var (a, b) = (polygon[i], polygon[j]);
            if ((a.Y > point.Y) != (b.Y > point.Y) && point.X < (b.X - a.X) * (point.Y - a.Y) / (b.Y - a.Y) + a.X)
            {
                inside = !inside;
            }
        }

        return inside;
    };

    /// <summary>A line of the given width along the points, with round ends and joins.</summary>
    public static Func<Point, bool> Stroked(IReadOnlyList<Point> points, double width, bool closed) => point =>
    {
        var last = closed ? points.Count : points.Count - 1;
        for (var i = 0; i < last; i++)
        {
            if (Distance(point, points[i], points[(i + 1) % points.Count]) <= width / 2)
            {
                return true;
            }
        }

        return false;
    };

    private static double Distance(Point p, Point a, Point b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var lengthSquared = dx * dx + dy * dy;
        var t = lengthSquared == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / lengthSquared, 0, 1);
        var (cx, cy) = (a.X + t * dx - p.X, a.Y + t * dy - p.Y);
        return Math.Sqrt(cx * cx + cy * cy);
    }
}
