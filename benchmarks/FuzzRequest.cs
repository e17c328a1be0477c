namespace PolicyBot.Benchmarks;

/// <summary>One mutated request: its body, Content-Type, the invoke name it carries (if any) and what was changed.</summary>
internal sealed record FuzzRequest(string Body, string? ContentType, string? InvokeName, string Mutation);
