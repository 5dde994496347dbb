var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "NSP");
app.Run();

/// <summary>Entry point, visible to the integration tests' host factory.</summary>
public partial class Program;
