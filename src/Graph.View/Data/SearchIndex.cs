using System.Text;
using Graph.Model;

namespace Graph.View.Data;

/// <summary>
/// Names and aliases of every entity, folded (<see cref="NameFolding"/>) and laid end to end in one text, so
/// a query is one vectorized substring scan whatever the graph's size. A name hit is ranked once, from its
/// start (a prefix of the name, a prefix of one of its words or a match inside a word), and the scan goes on
/// at the next name, so a one-letter query costs no more than one pass; matches sort on one number each.
/// </summary>
internal sealed class SearchIndex
{
    private const char Separator = '\n';

    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[] _entities;
    private readonly string[] _spellings;
    private readonly IReadOnlyList<ViewEntity> _entityList;
    private readonly int[] _order;

    /// <summary>Indexes <paramref name="entities"/> (in id order).</summary>
    public SearchIndex(IReadOnlyList<ViewEntity> entities)
    {
        _entityList = entities;

        // Where each entity stands among equally ranked matches: most mentions first, then name, then id.
        _order = new int[entities.Count];
        int place = 0;
        foreach (int i in Enumerable.Range(0, entities.Count)
            .OrderByDescending(i => entities[i].Mentions)
            .ThenBy(i => entities[i].Name, StringComparer.Ordinal)
            .ThenBy(i => entities[i].Id, StringComparer.Ordinal))
        {
            _order[i] = place++;
        }

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
    public IReadOnlyList<SearchMatch> Find(string query, EntityType? type) => Find(query, type, int.MaxValue, out _);

    /// <summary>The first <paramref name="limit"/> matches of <see cref="Find(string, EntityType?)"/>, and how many there are in all.</summary>
    public IReadOnlyList<SearchMatch> Find(string query, EntityType? type, int limit, out int total)
    {
        total = 0;
        string folded = NameFolding.Fold(query);
        if (folded.Length == 0)
        {
            return [];
        }

        // One sort key per matching entity: its rank, then its place in the (mentions, name, id) order, then the
        // spelling that matched best. A short query hits most names, so each name is read once, from its start.
        var keys = new List<long>();
        ReadOnlySpan<char> text = _text;
        int entity = -1, bestRank = 0, bestKey = 0;
        int position = 0;
        while (position < text.Length)
        {
            int found = text[position..].IndexOf(folded, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            int key = KeyAt(position + found);
            position = key + 1 < _starts.Length ? _starts[key + 1] : text.Length;
            int owner = _entities[key];
            if (type is not null && _entityList[owner].Type != type)
            {
                continue;
            }

            // A name's keys lie together, the canonical name first: on equal rank the earlier spelling stays.
            int rank = RankIn(text[_starts[key]..(position - 1)], folded);
            if (owner != entity)
            {
                Add(keys, entity, bestRank, bestKey);
                (entity, bestRank, bestKey) = (owner, rank, key);
            }
            else if (rank < bestRank)
            {
                (bestRank, bestKey) = (rank, key);
            }
        }

        Add(keys, entity, bestRank, bestKey);
        total = keys.Count;
        keys.Sort();
        return
        [
            .. keys.Take(limit).Select(k =>
            {
                int key = (int)(k & uint.MaxValue);
                return new SearchMatch(_entityList[_entities[key]], _spellings[key], (int)((k >> 32) / _entityList.Count));
            }),
        ];
    }

    // 0: the name starts with the query; 1: one of its words does; 2: it holds it inside a word.
    private static int RankIn(ReadOnlySpan<char> name, string folded)
    {
        if (name.StartsWith(folded, StringComparison.Ordinal))
        {
            return 0;
        }

        for (int from = 1; from < name.Length;)
        {
            int at = name[from..].IndexOf(folded, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            if (name[from + at - 1] == ' ')
            {
                return 1;
            }

            from += at + 1;
        }

        return 2;
    }

    private void Add(List<long> keys, int entity, int rank, int key)
    {
        if (entity >= 0)
        {
            keys.Add(((long)((rank * _entityList.Count) + _order[entity]) << 32) | (uint)key);
        }
    }

    // The key whose text holds offset `at`: the last start at or before it.
    private int KeyAt(int at)
    {
        int index = Array.BinarySearch(_starts, at);
        return index >= 0 ? index : ~index - 1;
    }
}
