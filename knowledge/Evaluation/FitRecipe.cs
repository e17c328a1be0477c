using System.Globalization;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// How a fit weighs its data: the share of each fit the library sets carry against the tuned policies' sets,
/// and how hard each model's weights are pulled towards zero. <c>eval --fit library-share=0.75,confidence-l2=0.01</c>.
/// </summary>
/// <param name="LibraryShare">The library sets' share of each fit (the tuned policies' sets carry the rest).</param>
/// <param name="RankingL2">The ranking's L2 penalty, per unit of question weight (each fit's weights sum to 1).</param>
/// <param name="ConfidenceL2">The confidence model's L2 penalty, likewise.</param>
/// <param name="UntunedOnly">
/// Fit only the models of untuned documents, against the tuned policies' models held as shipped (<c>untuned-only=1</c>);
/// otherwise one model is fitted for both kinds.
/// </param>
public sealed record FitRecipe(double LibraryShare = 0.5, double RankingL2 = 1e-4, double ConfidenceL2 = 1e-3, bool UntunedOnly = false)
{
    /// <summary>The recipe the shipped models were fitted with.</summary>
    public static FitRecipe Default { get; } = new();

    /// <summary>The recipe a <c>--fit</c> value names, starting from <see cref="Default"/>; null when a part is not understood.</summary>
    public static FitRecipe? Parse(string? text)
    {
        var recipe = Default;
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return null;
            }

            recipe = pair[0] switch
            {
                "library-share" when value <= 1 => recipe with { LibraryShare = value },
                "ranking-l2" => recipe with { RankingL2 = value },
                "confidence-l2" => recipe with { ConfidenceL2 = value },
                "untuned-only" when value is 0 or 1 => recipe with { UntunedOnly = value == 1 },
                _ => null,
            };
            if (recipe is null)
            {
                return null;
            }
        }

        return recipe;
    }

    /// <summary>The recipe as <c>--fit</c> takes it.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"library-share={LibraryShare},ranking-l2={RankingL2},confidence-l2={ConfidenceL2},untuned-only={(UntunedOnly ? 1 : 0)}");
}
