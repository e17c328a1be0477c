using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Tests.Versions;

/// <summary>The shipped Social Media Policy as version 1 and its revised copy in TestData/policies/revised as version 2.</summary>
internal static class RevisedPolicy
{
    public const string BeSafe = "policy-principles-and-standards/standards/be-safe";
    public const string DontComment = "policy-principles-and-standards/standards/dont-comment-on-corrections-matters";

    public static string ShippedPath => Path.Combine(TestPolicies.KnowledgeFolder, "policies", "social-media-policy.txt");

    public static string RevisedPath => TestPolicies.TestData("policies/revised/social-media-policy.txt");

    public static PolicyDocument Shipped => PolicyLoader.LoadFile(ShippedPath);

    public static PolicyDocument Revised => PolicyLoader.LoadFile(RevisedPath);

    /// <summary>Version 1 first seen on 25 November 2026 (it states no effective date).</summary>
    public static PolicyVersion Version1 => PolicyVersion.Of(Shipped, 1, TestPolicies.Clock());

    /// <summary>Version 2, seen on 20 February 2027; it states it takes effect on 1 March 2027.</summary>
    public static PolicyVersion Version2 => PolicyVersion.Of(Revised, 2, TestPolicies.Clock(2027, 2, 20));

    public static PolicyDiff Diff => PolicyDiffer.Compare(Version1, Version2);
}
