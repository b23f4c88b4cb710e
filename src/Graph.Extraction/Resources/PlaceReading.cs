using Graph.Model;

namespace Graph.Extraction.Resources;

/// <summary>One reading of a place name several gazetteer entries bear: the entity type and canonical name it stands for.</summary>
/// <param name="Type">Country, Region or City.</param>
/// <param name="Name">The canonical name.</param>
public sealed record PlaceReading(EntityType Type, string Name)
{
    /// <summary>Reads <c>Type:Canonical name</c>.</summary>
    /// <exception cref="FormatException">The text has no type or an unknown one.</exception>
    public static PlaceReading Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Enum.TryParse(text[..colon], ignoreCase: false, out EntityType type) || colon + 1 == text.Length)
        {
            throw new FormatException($"bad reading '{text}' (expected Type:Name)");
        }

        return new PlaceReading(type, text[(colon + 1)..]);
    }
}
