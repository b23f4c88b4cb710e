using System.Globalization;
using System.Text;

namespace Graph.Bolt;

/// <summary>A spatial point (Point2D when <see cref="Z"/> is null, else Point3D).</summary>
/// <param name="Srid">Coordinate reference system: 7203 Cartesian, 9157 Cartesian 3D, 4326 WGS-84, 4979 WGS-84 3D.</param>
/// <param name="X">X (or longitude).</param>
/// <param name="Y">Y (or latitude).</param>
/// <param name="Z">Z (or height), or null for a 2D point.</param>
public readonly record struct BoltPoint(int Srid, double X, double Y, double? Z = null)
{
    // The record's own text, with numbers spelled the same in every culture (a comma would read as a separator).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Srid = {Srid}, X = {X}, Y = {Y}, Z = {Z}");
        return true;
    }
}
