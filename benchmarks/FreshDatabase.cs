namespace PolicyBot.Benchmarks;

/// <summary>
/// A new, empty SQLite file for one benchmark run: the bot's own data/policybot.db keeps every run's turn ledger and
/// question log, and a grown database made later runs dearer per turn than earlier ones (docs/benchmarks.md, session 4).
/// </summary>
internal static class FreshDatabase
{
    /// <summary>The <c>--Storage:SqlitePath</c> argument for a database in a new temporary folder.</summary>
    public static string Argument(string name) =>
        "--Storage:SqlitePath=" + Path.Combine(Directory.CreateTempSubdirectory("policybot-" + name).FullName, name + ".db");
}
