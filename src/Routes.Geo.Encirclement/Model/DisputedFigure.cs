namespace Routes.Geo.Encirclement;

/// <summary>A number the sources disagree on (garrison sizes, prisoners); every value is kept with its sources.</summary>
/// <param name="Id">Stable identifier (e.g. <c>dunkirk-garrison</c>).</param>
/// <param name="Subject">What is counted.</param>
/// <param name="Values">Two or more values, in the order the sources were recorded.</param>
public sealed record DisputedFigure(string Id, string Subject, IReadOnlyList<FigureValue> Values);
