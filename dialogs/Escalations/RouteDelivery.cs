namespace PolicyBot.Dialogs.Escalations;

/// <summary>Where a route's questions are delivered, from its "delivery" and "otherwise" in routing.json.</summary>
/// <param name="RouteId">The route.</param>
/// <param name="Queue">The queue that takes them, or null for a hand-off to the person's manager.</param>
/// <param name="Otherwise">The route offered instead while the queue has neither a channel nor a mailbox, or null.</param>
internal sealed record RouteDelivery(string RouteId, string? Queue, string? Otherwise)
{
    public const string Manager = "manager";

    public bool ToManager => Queue is null;
}
