namespace PolicyBot.Dialogs.Escalations;

/// <summary>A queue from routing.json: a team that works tickets in a registered Teams channel, or else by email.</summary>
/// <param name="Id">Its id, as routes name it ("queue:communications") and as stored with its channel.</param>
/// <param name="Mailbox">Where its questions go while it has no channel; empty for none.</param>
/// <param name="Registers">What an admin says in the team's channel to make it the queue's channel.</param>
/// <param name="Reports">True for the one queue whose channel may see the report of what staff ask.</param>
internal sealed record QueueDefinition(string Id, string Mailbox, string Registers, bool Reports);
