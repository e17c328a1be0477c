namespace PolicyBot.Knowledge.Versions;

/// <summary>A question read as "what changed in this policy?".</summary>
/// <param name="PolicyId">The policy it names, or null when it names none (the caller picks, or asks which).</param>
/// <param name="FromVersion">"since version 1": the version to compare from, else the one before <paramref name="ToVersion"/>.</param>
/// <param name="ToVersion">"in version 2": the version to describe, else the latest.</param>
public sealed record WhatChangedQuestion(string? PolicyId, int? FromVersion = null, int? ToVersion = null);
