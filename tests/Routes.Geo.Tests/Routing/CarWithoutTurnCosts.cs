using Routes.Geo.Profiles;

namespace Routes.Geo.Tests.Routing;

/// <summary>The car before turn costs: every turn free, so a graph without restrictions may have a junction hierarchy.</summary>
internal sealed class CarWithoutTurnCosts : CarProfile
{
    public override bool HasTurnCosts => false;
}
