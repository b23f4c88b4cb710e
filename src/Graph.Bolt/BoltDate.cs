using System.Globalization;

namespace Graph.Bolt;

/// <summary>A Cypher <c>Date</c>: days since 1970-01-01 (the full Neo4j range, beyond <see cref="DateOnly"/>).</summary>
/// <param name="EpochDays">Days since the Unix epoch.</param>
public readonly record struct BoltDate(long EpochDays)
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Converts a <see cref="DateOnly"/>.</summary>
    public static BoltDate FromDateOnly(DateOnly date) => new(date.DayNumber - (long)EpochDayNumber);

    /// <summary>Converts to <see cref="DateOnly"/> (years 1–9999).</summary>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(checked((int)(EpochDays + EpochDayNumber)));

    /// <summary>ISO 8601 text when representable, else the day count.</summary>
    public override string ToString() =>
        EpochDays + EpochDayNumber is >= 0 and <= 3652058 ? ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"Date({EpochDays} days)");
}
