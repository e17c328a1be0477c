using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// How a document is named mid-sentence: "the Social Media Policy" when its title is a policy's name,
/// otherwise its title in quotation marks ("How we work"), since "the How We Work" reads wrongly.
/// </summary>
public static partial class TitleWords
{
    /// <summary>The title as the subject or object of a sentence, lower case "the" included.</summary>
    public static string Subject(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return IsName(title) ? "the " + title : "\u201c" + title + "\u201d";
    }

    /// <summary>The same at the start of a sentence.</summary>
    public static string SentenceStart(string title)
    {
        var subject = Subject(title);
        return subject.StartsWith("the ", StringComparison.Ordinal) ? "The" + subject[3..] : subject;
    }

    // A title that ends in the kind of document it is, in title case ("Code of Conduct", "Travel Policy"),
    // is a name that takes "the"; a title that reads as a phrase ("How we work", "Benefits and perks") is not.
    private static bool IsName(string title) => DocumentKind().IsMatch(title.Trim());

    [GeneratedRegex(@"\b(Policy|Policies|Code of Conduct|Code|Guide|Guidelines|Standard|Standards|Procedure|Procedures|Handbook|Manual|Framework|Charter|Act|Agreement|Plan|Statement|Strategy|Protocol|Rules|Process)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentKind();
}
