namespace Graph.Bolt;

/// <summary>A Cypher <c>LocalDateTime</c>: wall-clock seconds since the epoch plus nanoseconds.</summary>
/// <param name="EpochSeconds">Wall-clock seconds since 1970-01-01T00:00.</param>
/// <param name="Nanosecond">Nanoseconds within the second (0–999 999 999).</param>
public readonly record struct BoltLocalDateTime(long EpochSeconds, int Nanosecond)
{
    /// <summary>Converts a <see cref="DateTime"/> (its kind is ignored).</summary>
    public static BoltLocalDateTime FromDateTime(DateTime value)
    {
        long ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        long seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out long rest);
        if (rest < 0)
        {
            seconds--;
            rest += TimeSpan.TicksPerSecond;
        }

        return new BoltLocalDateTime(seconds, (int)(rest * 100));
    }

    /// <summary>Converts to <see cref="DateTime"/> of kind Unspecified (truncated to 100 ns).</summary>
    public DateTime ToDateTime() =>
        new(DateTime.UnixEpoch.Ticks + (EpochSeconds * TimeSpan.TicksPerSecond) + (Nanosecond / 100), DateTimeKind.Unspecified);

    /// <summary>ISO 8601 text with nanoseconds.</summary>
    public override string ToString() => TemporalText.DateTime(EpochSeconds, Nanosecond);
}
