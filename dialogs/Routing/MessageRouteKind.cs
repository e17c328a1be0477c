namespace PolicyBot.Dialogs.Routing;

/// <summary>How a message route recognises its messages, which settles a message two routes recognise.</summary>
public enum MessageRouteKind
{
    /// <summary>The message is a command in so many words ("report", "can I post this: ..."): it wins over an intent.</summary>
    Command,

    /// <summary>The message asks for something in words found anywhere in it ("could you write me a post").</summary>
    Intent,
}
