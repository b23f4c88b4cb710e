namespace Graph.Bolt;

/// <summary>A Cypher <c>DateTime</c> with a fixed offset: an instant plus the offset it was written in.</summary>
/// <param name="EpochSeconds">UTC seconds since the epoch.</param>
/// <param name="Nanosecond">Nanoseconds within the second.</param>
/// <param name="OffsetSeconds">Offset from UTC in seconds.</param>
public readonly record struct BoltDateTime(long EpochSeconds, int Nanosecond, int OffsetSeconds)
{
    /// <summary>Converts a <see cref="DateTimeOffset"/>.</summary>
    public static BoltDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var utc = BoltLocalDateTime.FromDateTime(value.UtcDateTime);
        return new BoltDateTime(utc.EpochSeconds, utc.Nanosecond, (int)value.Offset.TotalSeconds);
    }

    /// <summary>Converts to <see cref="DateTimeOffset"/> (truncated to 100 ns; offsets must be whole minutes).</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        var utc = new BoltLocalDateTime(EpochSeconds, Nanosecond).ToDateTime();
        return new DateTimeOffset(utc.AddSeconds(OffsetSeconds).Ticks, TimeSpan.FromSeconds(OffsetSeconds));
    }

    /// <summary>ISO 8601 text of the local time with offset.</summary>
    public override string ToString() => TemporalText.DateTime(EpochSeconds + OffsetSeconds, Nanosecond) + TemporalText.Offset(OffsetSeconds);
}
