namespace Graph.Bolt;

/// <summary>A Cypher <c>Time</c>: local nanoseconds since midnight and a UTC offset.</summary>
/// <param name="NanosecondOfDay">Nanoseconds since midnight, local time.</param>
/// <param name="OffsetSeconds">Offset from UTC in seconds.</param>
public readonly record struct BoltTime(long NanosecondOfDay, int OffsetSeconds)
{
    /// <summary>ISO 8601 text with nanoseconds and offset.</summary>
    public override string ToString() => TemporalText.Time(NanosecondOfDay) + TemporalText.Offset(OffsetSeconds);
}
