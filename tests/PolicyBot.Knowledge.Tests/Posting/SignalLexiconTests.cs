using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Knowledge.Tests.Posting;

public sealed class SignalLexiconTests
{
    private static readonly SignalLexicon Shipped = SignalLexicon.Load(Path.Combine(TestPolicies.KnowledgeFolder, "draft-signals.json"));

    [Fact]
    public void Detect_WholeWordsOnly_IgnoresWordsInsideOtherWords()
    {
        var lexicon = SignalLexicon.Parse("""{ "signals": [ { "kind": "offenders", "label": "Offenders", "terms": [ "con", "prison*" ] } ] }""");

        Assert.Empty(lexicon.Detect("A second look at the icon"));
        Assert.Equal(["con", "Prisoners"], Assert.Single(lexicon.Detect("He's a con. Prisoners know it.")).Evidence);
    }

    [Fact]
    public void Detect_CurlyApostrophesAndLineBreaks_StillMatchPhrases()
    {
        var signals = Shipped.Detect("Dropping the kids\u2019 school\nrun photos here, don\u2019t tell\nanyone");

        Assert.Equal(["kids' school"], signals.Single(s => s.Kind == "personal-details").Evidence);
        Assert.Equal(["don't tell"], signals.Single(s => s.Kind == "confidential").Evidence);
    }

    [Fact]
    public void Detect_Patterns_FindHandlesAndNamesButNotSentenceStarts()
    {
        var signals = Shipped.Detect("Great lunch with Mere Tane and @jo.bloggs today. Happy Birthday!");

        Assert.Equal(["Mere Tane", "@jo.bloggs"], signals.Single(s => s.Kind == "people").Evidence);
    }

    [Fact]
    public void Detect_SharingCorrectionsOwnPage_IsAnOfficialShare()
    {
        var signals = Shipped.Detect("Sharing this from the Corrections Facebook page");

        Assert.Contains(signals, s => s.Kind == "official-share");
    }

    [Fact]
    public void Detect_EveryDayPost_FindsNothing()
    {
        Assert.Empty(Shipped.Detect("Beautiful sunrise at the beach this morning, off for a swim"));
    }

    [Theory]
    [InlineData("""{ "signals": [ { "kind": "x", "label": "X", "patterns": [ "(unclosed" ] } ] }""", "not a valid regular expression")]
    [InlineData("""{ "signals": [ { "kind": "x", "label": "X" } ] }""", "has no terms or patterns")]
    [InlineData("""{ "signals": [ { "kind": "x", "label": "X", "terms": ["a"] }, { "kind": "x", "label": "Y", "terms": ["b"] } ] }""", "two signals of the kind 'x'")]
    [InlineData("""{ "signals": [ """, "not valid JSON")]
    public void Parse_BrokenLexicon_FailsLoudly(string json, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => SignalLexicon.Parse(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
