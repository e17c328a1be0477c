namespace PolicyBot.Knowledge.Posting;

/// <summary>How far a post is from being fine to publish, least serious first.</summary>
public enum Verdict
{
    /// <summary>Fine to post.</summary>
    Ok,

    /// <summary>Fine with care: there is something to check first.</summary>
    Caution,

    /// <summary>Not without specific authorisation from the people named.</summary>
    NeedsAuthorisation,

    /// <summary>Do not post it.</summary>
    DoNotPost,
}
