namespace PolicyBot.Knowledge.Documents;

/// <summary>A titled section of a policy, with its blocks and subsections.</summary>
public sealed class PolicySection
{
    public const string PathSeparator = " > ";

    public PolicySection(string title, int level, PolicySection? parent)
    {
        Title = title;
        Level = level;
        Parent = parent;
        Path = parent is null ? title : parent.Path + PathSeparator + title;
        Id = parent is null ? Slug.Of(title) : parent.Id + "/" + Slug.Of(title);
    }

    public string Title { get; }

    /// <summary>Depth in the tree, 1 for a top-level section.</summary>
    public int Level { get; }

    public PolicySection? Parent { get; }

    /// <summary>Heading path such as "Policy principles and standards > Standards > Be safe".</summary>
    public string Path { get; }

    /// <summary>Stable id such as "policy-principles-and-standards/standards/be-safe".</summary>
    public string Id { get; }

    /// <summary>For a table section, its column headings.</summary>
    public IReadOnlyList<string> TableHeader { get; internal set; } = [];

    public List<PolicyBlock> Blocks { get; } = [];

    public List<PolicySection> Children { get; } = [];

    /// <summary>This section and every section below it, in document order.</summary>
    public IEnumerable<PolicySection> SelfAndDescendants()
    {
        yield return this;
        foreach (var descendant in Children.SelectMany(child => child.SelfAndDescendants()))
        {
            yield return descendant;
        }
    }

    public override string ToString() => Path;
}
