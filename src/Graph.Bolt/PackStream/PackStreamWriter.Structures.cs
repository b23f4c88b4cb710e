namespace Graph.Bolt.PackStream;

/// <summary>Encoding of the temporal and spatial structures a client may send.</summary>
internal sealed partial class PackStreamWriter
{
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    private bool TryWriteStructure(object value)
    {
        switch (value)
        {
            case BoltDate date:
                WriteStructHeader(1, StructTag.Date);
                WriteInt(date.EpochDays);
                return true;
            case DateOnly date:
                WriteValue(BoltDate.FromDateOnly(date));
                return true;
            case BoltLocalTime time:
                WriteStructHeader(1, StructTag.LocalTime);
                WriteInt(time.NanosecondOfDay);
                return true;
            case TimeOnly time:
                WriteValue(BoltLocalTime.FromTimeOnly(time));
                return true;
            case BoltTime time:
                WriteStructHeader(2, StructTag.Time);
                WriteInt(time.NanosecondOfDay);
                WriteInt(time.OffsetSeconds);
                return true;
            case BoltLocalDateTime local:
                WriteStructHeader(2, StructTag.LocalDateTime);
                WriteInt(local.EpochSeconds);
                WriteInt(local.Nanosecond);
                return true;
            case BoltDateTime dateTime:
                WriteDateTime(dateTime);
                return true;
            case DateTimeOffset offset:
                WriteDateTime(BoltDateTime.FromDateTimeOffset(offset));
                return true;
            case DateTime dateTime:
                WriteClrDateTime(dateTime);
                return true;
            case BoltZonedDateTime zoned:
                WriteZonedDateTime(zoned);
                return true;
            case BoltDuration duration:
                WriteStructHeader(4, StructTag.Duration);
                WriteInt(duration.Months);
                WriteInt(duration.Days);
                WriteInt(duration.Seconds);
                WriteInt(duration.Nanoseconds);
                return true;
            case TimeSpan span:
                WriteValue(BoltDuration.FromTimeSpan(span));
                return true;
            case BoltPoint { Z: null } point:
                WriteStructHeader(3, StructTag.Point2D);
                WriteInt(point.Srid);
                WriteFloat(point.X);
                WriteFloat(point.Y);
                return true;
            case BoltPoint point:
                WriteStructHeader(4, StructTag.Point3D);
                WriteInt(point.Srid);
                WriteFloat(point.X);
                WriteFloat(point.Y);
                WriteFloat(point.Z!.Value);
                return true;
            default:
                return false;
        }
    }

    private void WriteClrDateTime(DateTime value)
    {
        switch (value.Kind)
        {
            case DateTimeKind.Utc:
                WriteDateTime(BoltDateTime.FromDateTimeOffset(new DateTimeOffset(value)));
                break;
            case DateTimeKind.Local:
                WriteDateTime(BoltDateTime.FromDateTimeOffset(new DateTimeOffset(value)));
                break;
            default:
                WriteValue(BoltLocalDateTime.FromDateTime(value));
                break;
        }
    }

    private void WriteDateTime(BoltDateTime value)
    {
        if (LegacyDateTime)
        {
            // Legacy form: seconds are the local wall-clock seconds.
            WriteStructHeader(3, StructTag.LegacyDateTime);
            WriteInt(value.EpochSeconds + value.OffsetSeconds);
        }
        else
        {
            WriteStructHeader(3, StructTag.DateTime);
            WriteInt(value.EpochSeconds);
        }

        WriteInt(value.Nanosecond);
        WriteInt(value.OffsetSeconds);
    }

    private void WriteZonedDateTime(BoltZonedDateTime value)
    {
        if (LegacyDateTime)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(value.ZoneId);
            var utc = new DateTime(UnixEpochTicks + (value.EpochSeconds * TimeSpan.TicksPerSecond), DateTimeKind.Utc);
            WriteStructHeader(3, StructTag.LegacyDateTimeZoneId);
            WriteInt(value.EpochSeconds + (long)zone.GetUtcOffset(utc).TotalSeconds);
        }
        else
        {
            WriteStructHeader(3, StructTag.DateTimeZoneId);
            WriteInt(value.EpochSeconds);
        }

        WriteInt(value.Nanosecond);
        WriteString(value.ZoneId);
    }
}
