namespace Graph.Bolt;

/// <summary>A Cypher <c>DateTime</c> in a named time zone: an instant plus an IANA zone id.</summary>
/// <param name="EpochSeconds">UTC seconds since the epoch.</param>
/// <param name="Nanosecond">Nanoseconds within the second.</param>
/// <param name="ZoneId">IANA zone id, e.g. <c>Europe/Berlin</c>.</param>
public readonly record struct BoltZonedDateTime(long EpochSeconds, int Nanosecond, string ZoneId)
{
    /// <summary>Converts to <see cref="DateTimeOffset"/> using the system time-zone database.</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        var utc = new BoltLocalDateTime(EpochSeconds, Nanosecond).ToDateTime();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return new DateTimeOffset(utc.Add(offset).Ticks, offset);
    }

    /// <summary>The UTC instant with the zone id in brackets.</summary>
    public override string ToString() => TemporalText.DateTime(EpochSeconds, Nanosecond) + "Z[" + ZoneId + "]";
}
