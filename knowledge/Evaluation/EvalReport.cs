using System.Globalization;
using System.Text;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>Citation accuracy and abstention rates over an evaluation set.</summary>
public sealed record EvalReport(
    int InScope,
    int OutOfScope,
    double Top1,
    double Top3,
    double InScopeAbstained,
    double OutOfScopeHandedOff,
    IReadOnlyList<EvalMiss> Misses)
{
    /// <summary>The same questions ranked without ever handing off, when the report was made with it (cross-validation).</summary>
    public EvalReport? Ranked { get; init; }

    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"in-scope questions:      {InScope}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  top-1 citation:        {Top1:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  top-3 citation:        {Top3:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  answerable refused:    {InScopeAbstained:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"out-of-scope questions:  {OutOfScope}");
        text.Append(CultureInfo.InvariantCulture, $"  handed off:            {OutOfScopeHandedOff:P1}");
        if (Ranked is not null)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"ranked, never handing off: top-1 {Ranked.Top1:P1}, top-3 {Ranked.Top3:P1}");
        }

        return text.ToString();
    }
}

/// <summary>A question the bot got wrong, for tuning.</summary>
public sealed record EvalMiss(string Question, string Expected, string Got, double Confidence);
