from fastapi import FastAPI

from netra_backend.app.middleware.gcp_auth_context_middleware import GCPAuthContextMiddleware
from netra_backend.app.routes import health

app = FastAPI(title="netra backend")
app.add_middleware(GCPAuthContextMiddleware)
app.include_router(health.router)
