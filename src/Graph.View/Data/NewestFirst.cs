using Graph.Model;

namespace Graph.View.Data;

/// <summary>Orders articles by publication date, newest first, undated ones last, then by id.</summary>
internal sealed class NewestFirst : IComparer<StoredArticle>
{
    /// <summary>The one instance.</summary>
    public static NewestFirst Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(StoredArticle? x, StoredArticle? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        int byDate = (x.Published, y.Published) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => b!.Value.CompareTo(a!.Value),
        };
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Id, y.Id);
    }
}
