using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Escalations;

/// <summary>"Ask your manager" with Microsoft Graph configured, against a Graph stub on 127.0.0.1.</summary>
public sealed class ManagerHandoffTests : IAsyncLifetime
{
    private const string StaffObjectId = "00000000-0000-0000-0000-0000000000a1";
    private const string ManagerObjectId = "00000000-0000-0000-0000-0000000000b9";

    private readonly string _pickup = Directory.CreateTempSubdirectory("policybot-pickup").FullName;
    private WebApplication _graph = null!;
    private BotServer _bot = null!;
    private int _graphCalls;

    public async Task InitializeAsync()
    {
        _graph = WebApplication.CreateBuilder().Build();
        _graph.Urls.Add("http://127.0.0.1:0");
        _graph.MapGet("/v1.0/users/{id}/manager", (string id, HttpRequest request) =>
        {
            Interlocked.Increment(ref _graphCalls);
            if (request.Headers.Authorization.ToString() != "Bearer graph-test-token")
            {
                return Results.StatusCode(401);
            }

            return id == StaffObjectId
                ? Results.Json(new { id = ManagerObjectId, displayName = "Alex Manager", mail = "alex.manager@corrections.example" })
                : Results.NotFound();
        });
        await _graph.StartAsync();
        var graphUrl = _graph.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1.0/";

        var credential = new Mock<TokenCredential>();
        credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("graph-test-token", DateTimeOffset.UtcNow.AddHours(1)));
        _bot = await BotServer.StartAsync(
            _ => new Dictionary<string, string?>
            {
                ["Graph:BaseUrl"] = graphUrl,
                ["Graph:TenantId"] = "tenant-1",
                ["Graph:ClientId"] = "policybot-graph",
                ["Graph:ClientSecret"] = "not-a-real-secret",
                ["Outbox:PollInterval"] = "00:00:00.050",
                ["Mail:PickupFolder"] = _pickup,
            },
            services: services => services.AddSingleton(credential.Object));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task Submit_ManagerWithoutTheBot_EmailsTheManagerFoundInGraph()
    {
        var reply = await SubmitAsync();

        Assert.Contains("I've sent your question to your manager, Alex Manager, by email as PB-1001", reply, StringComparison.Ordinal);
        var eml = await WaitForFileAsync();
        Assert.Contains("To: alex.manager@corrections.example", eml, StringComparison.Ordinal);
        Assert.Contains("Sam Staff asked PolicyBot to pass a Social Media Policy question to you (PB-1001)", eml, StringComparison.Ordinal);
        Assert.Equal(1, _graphCalls);
    }

    [Fact]
    public async Task Submit_ManagerWhoUsesTheBot_GetsTheQuestionInTheirPersonalChat()
    {
        var managerSaysHi = _bot.Activity("personal-message.json", ("text", "hi"))
            .Replace("29:1staff-member", "29:8manager", StringComparison.Ordinal)
            .Replace(StaffObjectId, ManagerObjectId, StringComparison.Ordinal)
            .Replace("a:1personal-chat", "a:1manager-chat", StringComparison.Ordinal);
        await _bot.PostAsync(managerSaysHi);

        var reply = await SubmitAsync();

        Assert.Contains("to your manager, Alex Manager, in Teams", reply, StringComparison.Ordinal);
        var sent = await _bot.Connector.WaitForAsync(a => ((string?)a["_path"] ?? string.Empty).Contains("a:1manager-chat", StringComparison.Ordinal) && BotServer.Text(a).Contains("PB-1001", StringComparison.Ordinal), "the question in the manager's chat");
        Assert.Contains("Can I post about the prison open day?", BotServer.Text(BotServer.CardOf(sent)), StringComparison.Ordinal);
        Assert.Contains("A question from your team (PB-1001)", BotServer.Text(BotServer.CardOf(sent)), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_pickup));
    }

    [Fact]
    public async Task Submit_NoManagerInGraph_FallsBackToThePreparedMessage()
    {
        var reply = await SubmitAsync(objectId: "00000000-0000-0000-0000-0000000000c3");

        Assert.Contains("Copy this message into a Teams chat with your manager", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("users=", reply, StringComparison.Ordinal);
        Assert.Equal(1, _graphCalls);
    }

    private async Task<string> SubmitAsync(string objectId = StaffObjectId)
    {
        var data = """{"action":"escalation.submit","to":"manager","question":"Can I post about the prison open day?","confidential":"false"}""";
        var activity = _bot.Activity("card-action.json", ("verb", "escalation.submit"), ("data", data)).Replace(StaffObjectId, objectId, StringComparison.Ordinal);
        var response = await _bot.PostAsync(activity);
        return BotServer.Text(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private async Task<string> WaitForFileAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.GetFiles(_pickup, "*.eml") is [var file, ..])
            {
                return await File.ReadAllTextAsync(file);
            }

            await Task.Delay(50);
        }

        Assert.Fail("No email reached the pickup folder.");
        return string.Empty;
    }
}
