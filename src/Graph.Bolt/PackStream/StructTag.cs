namespace Graph.Bolt.PackStream;

/// <summary>Tag bytes of the value structures (Bolt 5 structure semantics).</summary>
internal static class StructTag
{
    public const byte Node = 0x4E;                 // 'N'
    public const byte Relationship = 0x52;         // 'R'
    public const byte UnboundRelationship = 0x72;  // 'r'
    public const byte Path = 0x50;                 // 'P'
    public const byte Date = 0x44;                 // 'D'
    public const byte Time = 0x54;                 // 'T'
    public const byte LocalTime = 0x74;            // 't'
    public const byte DateTime = 0x49;             // 'I'
    public const byte DateTimeZoneId = 0x69;       // 'i'
    public const byte LegacyDateTime = 0x46;       // 'F' (Bolt 4.4 without the utc patch)
    public const byte LegacyDateTimeZoneId = 0x66; // 'f'
    public const byte LocalDateTime = 0x64;        // 'd'
    public const byte Duration = 0x45;             // 'E'
    public const byte Point2D = 0x58;              // 'X'
    public const byte Point3D = 0x59;              // 'Y'
}
