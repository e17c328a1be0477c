using Microsoft.Bot.Builder;
using PolicyBot.Bot.Adapter;
using PolicyBot.Bot.Endpoints;
using PolicyBot.Bot.Teams;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Sharing;

namespace PolicyBot.Bot.Hosting;

/// <summary>Builds the PolicyBot web host.</summary>
public static class BotHost
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>The repository's appsettings.json (copied beside the binaries), then environment variables, then arguments.</summary>
    public static IConfigurationRoot ReadConfiguration(string[] args) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();

    /// <param name="args">Command-line arguments.</param>
    /// <param name="configure">Extra configuration, applied last.</param>
    /// <param name="services">Services registered before PolicyBot's own, which then keep them (a test's credentials, say).</param>
    public static WebApplication Build(string[] args, Action<IConfigurationBuilder>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder.Configuration);
        services?.Invoke(builder.Services);
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? DefaultUrl);
        builder.Services.AddPolicyDialogs(builder.Configuration);
        builder.Services.AddPolicyBotAdapter();
        builder.Services.AddSingleton<CloudAdapterBase>(provider => provider.GetRequiredService<PolicyBotAdapter>());
        builder.Services.AddSharedCardUpdates();
        builder.Services.AddSingleton<IBot, PolicyTeamsBot>();

        var app = builder.Build();

        // The routes are registered now, not at the first message: two features claiming a verb stop the start.
        app.Services.GetRequiredService<TurnRouter>();
        app.MapBotMessages();
        app.MapHealth();
        return app;
    }
}
