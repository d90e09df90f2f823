"""Stand-alone verifier of SSW Desk Score reports (no desk key, no database).

Needs only ``cryptography``, ``pypdf``, ``segno`` and (for the embedded PDF signature)
``pyHanko``. Usage: ``python -m ssw_desk_verify REPORT.pdf|CODE --keys public-keys.json
[--revocations revocations.json] [--json]``.
"""

from ssw_desk_verify.registry import Registry, load_registry
from ssw_desk_verify.verify import Answer, verify_code, verify_pdf

__all__ = ["Answer", "Registry", "load_registry", "verify_code", "verify_pdf"]
