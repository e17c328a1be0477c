namespace PolicyBot.Knowledge.Answers;

/// <summary>The logistic function the confidence model, its calibrator and the not-covered classifier share.</summary>
internal static class Logistic
{
    /// <summary>Maps a log-odds to a probability between 0 and 1.</summary>
    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
