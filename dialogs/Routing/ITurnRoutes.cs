namespace PolicyBot.Dialogs.Routing;

/// <summary>A feature's turns: the messages and card buttons it answers, registered once at start-up.</summary>
public interface ITurnRoutes
{
    void Register(RouteTable routes);
}
