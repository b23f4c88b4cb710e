using Graph.Model;

namespace Graph.Extraction.Coreference;

/// <summary>An entity of the article being extracted, with what the text says about it.</summary>
public sealed class EntityRecord
{
    private readonly List<string> _aliases = [];
    private readonly List<TextSpan> _mentions = [];

    /// <summary>Creates the record; the id is derived from type and name.</summary>
    public EntityRecord(EntityType type, string name)
    {
        Type = type;
        Name = name;
        Id = StableId.Entity(type, name);
    }

    /// <summary>Stable id.</summary>
    public string Id { get; }

    /// <summary>Entity type.</summary>
    public EntityType Type { get; }

    /// <summary>Canonical name.</summary>
    public string Name { get; }

    /// <summary>Other names, in order of first appearance.</summary>
    public IReadOnlyList<string> Aliases => _aliases;

    /// <summary>Spans of the mentions.</summary>
    public IReadOnlyList<TextSpan> Mentions => _mentions;

    /// <summary>Country a person serves or a city lies in, when known (entity id).</summary>
    public string? CountryId { get; set; }

    /// <summary>True when a title the article gives the person names the country or body that holds it ("President X of Y").</summary>
    public bool HolderStated { get; set; }

    /// <summary>Title last given to a person.</summary>
    public string? Title { get; set; }

    /// <summary>
    /// True when the title was given with the country or body that holds it ("French President X", "NAACP President Y"):
    /// a writer qualifies a title when the plain one means someone else, so a bare "the President" means whoever holds
    /// the title plainly, when someone does.
    /// </summary>
    public bool TitleQualified { get; set; }

    /// <summary>Lower-case head nouns a group or body has been referred to by ("militias", "groups").</summary>
    public ISet<string> Heads { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>True when referred to by a plural (a plural group name or head).</summary>
    public bool IsPlural { get; set; }

    /// <summary>Adds an alias unless it is the name or already known.</summary>
    public void AddAlias(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        string trimmed = alias.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\u201C", string.Empty, StringComparison.Ordinal)
            .Replace("\u201D", string.Empty, StringComparison.Ordinal).Trim();
        if (trimmed.Length > 0 && !string.Equals(trimmed, Name, StringComparison.Ordinal) && !_aliases.Contains(trimmed, StringComparer.Ordinal))
        {
            _aliases.Add(trimmed);
        }
    }

    /// <summary>Records a mention span.</summary>
    public void AddMention(TextSpan span)
    {
        if (!_mentions.Contains(span))
        {
            _mentions.Add(span);
        }
    }
}
