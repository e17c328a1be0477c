using System.Globalization;
using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Insights;

namespace PolicyBot.Bot.Cli;

/// <summary>`questions [--days N]`: what staff asked, what was handed off and what got a 👎, as the report card says it.</summary>
internal static class QuestionsCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var days = QuestionReports.DefaultDays;
        if (args.Length > 0 && !(args.Length == 2 && args[0] == "--days" && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out days) && days is >= 1 and <= 365))
        {
            await error.WriteLineAsync("Usage: questions [--days N], with N from 1 to 365.").ConfigureAwait(false);
            return 2;
        }

        await using var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddPolicyDialogs(configuration).BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        var report = await services.GetRequiredService<QuestionReports>().BuildAsync(days, CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync(Describe(report)).ConfigureAwait(false);
        return 0;
    }

    private static string Describe(QuestionReportCardData report)
    {
        var lines = new List<string>
        {
            $"In {report.Period}: {report.Asked} asked, {report.Answered} answered, {report.HandedOffCount} handed to a person; {report.Helpful} helpful, {report.Unhelpful} not helpful. {report.Kept}",
        };
        Add(lines, "Sections asked about most:", report.Sections.Select(line => $"{line.Detail,5}  {line.Text}"));
        Add(lines, "Not answered, handed to a person:", report.HandedOff.Select(line => $"  {line.Detail,-6}  {line.Text}"));
        Add(lines, "Answers marked not helpful:", report.NotHelpful.Select(line => $"  {line.Detail,-6}  {line.Text}"));
        Add(lines, "Policies overdue for review:", report.Overdue.Select(line => $"  {line.Text}: {line.Detail}"));
        Add(lines, "Approved answers:", report.Approved.Select(line => $"  {line.Text}: {line.Detail}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static void Add(List<string> lines, string heading, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add(heading);
            lines.AddRange(list);
        }
    }
}
