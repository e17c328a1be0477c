namespace PolicyBot.Bot.AppPackage;

/// <summary>A point in the icon's unit square: (0, 0) top left, (1, 1) bottom right.</summary>
internal readonly record struct Point(double X, double Y);
