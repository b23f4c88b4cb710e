using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Coreference;

/// <summary>
/// Which reading a place name several gazetteer entries bear takes in an article ("Georgia" the country or the US
/// state, "Congo" either republic): the one whose country the article's other places lie in, counting its cities and
/// first-level subdivisions, and for a country reading the country itself under its other names. A state's own country
/// counts only through its places: "the United States" is named in too many articles to tell anything.
/// </summary>
internal static class PlaceReadings
{
    /// <summary>The reading of each shared name the article uses, by the name as written; only names whose reading is not the default.</summary>
    public static Dictionary<string, PlaceReading> Decide(IEnumerable<EntityMention> mentions, Gazetteer gazetteer)
    {
        var all = mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.Adjective && m.Name is not null).ToList();
        var decided = new Dictionary<string, PlaceReading>(StringComparer.Ordinal);
        foreach (string shared in all.Select(m => m.Surface).Where(s => gazetteer.ReadingsOf(s).Count > 1).Distinct(StringComparer.Ordinal))
        {
            IReadOnlyList<PlaceReading> readings = gazetteer.ReadingsOf(shared);
            var others = all.Where(m => m.Surface != shared).ToList();
            PlaceReading best = readings[0];
            int bestScore = Evidence(readings[0], others, gazetteer);
            foreach (PlaceReading reading in readings.Skip(1))
            {
                int score = Evidence(reading, others, gazetteer);
                if (score > bestScore)
                {
                    (best, bestScore) = (reading, score);
                }
            }

            if (best != readings[0])
            {
                decided[shared] = best;
            }
        }

        return decided;
    }

    private static int Evidence(PlaceReading reading, List<EntityMention> others, Gazetteer gazetteer)
    {
        string? country = reading.Type switch
        {
            EntityType.Country => reading.Name,
            EntityType.Region => gazetteer.CountryOfRegion(reading.Name),
            EntityType.City => gazetteer.CountryOfCity(reading.Name),
            _ => null,
        };
        if (country is null)
        {
            return 0;
        }

        return others.Count(m => m.Type switch
        {
            EntityType.Country => reading.Type == EntityType.Country && m.Name == country,
            EntityType.Region => m.Name != reading.Name && gazetteer.CountryOfRegion(m.Name!) == country,
            EntityType.City => gazetteer.CountryOfCity(m.Name!) == country && !gazetteer.IsCapital(m.Name!),
            _ => false,
        });
    }
}
