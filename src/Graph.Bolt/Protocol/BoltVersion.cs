using System.Globalization;

namespace Graph.Bolt.Protocol;

/// <summary>A Bolt protocol version.</summary>
internal readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static readonly BoltVersion V4_4 = new(4, 4);
    public static readonly BoltVersion V5_0 = new(5, 0);
    public static readonly BoltVersion V5_1 = new(5, 1);
    public static readonly BoltVersion V5_3 = new(5, 3);
    public static readonly BoltVersion V5_4 = new(5, 4);
    public static readonly BoltVersion V5_8 = new(5, 8);

    public static bool operator <(BoltVersion left, BoltVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(BoltVersion left, BoltVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(BoltVersion left, BoltVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BoltVersion left, BoltVersion right) => left.CompareTo(right) >= 0;

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
