using System.Text;
using Graph.Model;

namespace Graph.View.Data;

/// <summary>
/// Names and aliases of every entity, folded (<see cref="NameFolding"/>) and laid end to end in one text, so
/// a query is one vectorized substring scan whatever the graph's size; where a hit starts tells a prefix of
/// the name, a prefix of one of its words or a match inside a word.
/// </summary>
internal sealed class SearchIndex
{
    private const char Separator = '\n';

    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[] _entities;
    private readonly string[] _spellings;
    private readonly IReadOnlyList<ViewEntity> _entityList;

    /// <summary>Indexes <paramref name="entities"/> (in id order).</summary>
    public SearchIndex(IReadOnlyList<ViewEntity> entities)
    {
        _entityList = entities;
        var text = new StringBuilder();
        var starts = new List<int>();
        var owners = new List<int>();
        var spellings = new List<string>();
        for (int i = 0; i < entities.Count; i++)
        {
            // The canonical name first, so that on equal rank it is the spelling reported.
            foreach (string spelling in entities[i].Entity.Aliases.Prepend(entities[i].Name))
            {
                string folded = NameFolding.Fold(spelling);
                if (folded.Length == 0)
                {
                    continue;
                }

                starts.Add(text.Length);
                owners.Add(i);
                spellings.Add(spelling);
                text.Append(folded).Append(Separator);
            }
        }

        _text = text.ToString();
        _starts = [.. starts];
        _entities = [.. owners];
        _spellings = [.. spellings];
    }

    /// <summary>
    /// Every entity of type <paramref name="type"/> (any when null) one of whose names holds
    /// <paramref name="query"/> once both are folded, ranked by (rank, mentions descending, name, id).
    /// </summary>
    public IReadOnlyList<SearchMatch> Find(string query, EntityType? type)
    {
        string folded = NameFolding.Fold(query);
        if (folded.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<int, (int Rank, int Key)>();
        int position = 0;
        while (position < _text.Length)
        {
            int found = _text.AsSpan(position).IndexOf(folded, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            int at = position + found;
            position = at + 1;
            int key = KeyAt(at);
            int entity = _entities[key];
            if (type is not null && _entityList[entity].Type != type)
            {
                continue;
            }

            int rank = at == _starts[key] ? 0 : _text[at - 1] == ' ' ? 1 : 2;
            if (!best.TryGetValue(entity, out var current) || rank < current.Rank)
            {
                best[entity] = (rank, key);
            }
        }

        return
        [
            .. best
                .Select(pair => new SearchMatch(_entityList[pair.Key], _spellings[pair.Value.Key], pair.Value.Rank))
                .OrderBy(m => m.Rank)
                .ThenByDescending(m => m.Entity.Mentions)
                .ThenBy(m => m.Entity.Name, StringComparer.Ordinal)
                .ThenBy(m => m.Entity.Id, StringComparer.Ordinal),
        ];
    }

    // The key whose text holds offset `at`: the last start at or before it.
    private int KeyAt(int at)
    {
        int index = Array.BinarySearch(_starts, at);
        return index >= 0 ? index : ~index - 1;
    }
}
