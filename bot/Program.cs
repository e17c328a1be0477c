using PolicyBot.Bot.Cli;

return await CommandLine.RunAsync(args);
