namespace Routes.Geo.Encirclement;

/// <summary>A unit's commander as the sources name him, with the date he took command when known.</summary>
/// <param name="Name">Name, with rank where the sources give it.</param>
/// <param name="From">First day of command when a source gives it, otherwise null.</param>
/// <param name="Note">Remark, e.g. where sources disagree on the name; or null.</param>
public sealed record Commander(string Name, DateOnly? From, string? Note);
