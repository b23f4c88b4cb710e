namespace Graph.Bolt;

/// <summary>A Cypher <c>LocalTime</c>: nanoseconds since midnight.</summary>
/// <param name="NanosecondOfDay">Nanoseconds since midnight.</param>
public readonly record struct BoltLocalTime(long NanosecondOfDay)
{
    /// <summary>Converts a <see cref="TimeOnly"/>.</summary>
    public static BoltLocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * 100);

    /// <summary>Converts to <see cref="TimeOnly"/> (truncated to 100 ns).</summary>
    public TimeOnly ToTimeOnly() => new(NanosecondOfDay / 100);

    /// <summary>ISO 8601 text with nanoseconds.</summary>
    public override string ToString() => TemporalText.Time(NanosecondOfDay);
}
