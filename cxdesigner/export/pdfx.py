"""Make a press PDF a PDF/X-4 file: output intent, version keys and metadata (with pikepdf).

reportlab writes the pages, in CMYK with their trim and bleed boxes; it cannot write an
output intent. pikepdf (qpdf) adds what PDF/X-4 asks of the document: the printing condition
with its embedded ICC profile, ``GTS_PDFXVersion`` and ``Trapped`` in the document info, the
same facts in XMP metadata, PDF 1.6, and a document ID derived from the content, so that the
same project still gives the same bytes.
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf.models.metadata import decode_pdf_date

from cxdesigner.export import colour_space

PDFX_VERSION = "PDF/X-4"
PDF_VERSION = "1.6"
"""PDF/X-4 is based on PDF 1.6."""
ICC_REGISTRY = "http://www.color.org"

def make_pdfx(data: bytes) -> bytes:
    """``data`` (a PDF drawn in CMYK with trim boxes) as a PDF/X-4 file."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        profile = pikepdf.Stream(pdf, colour_space.profile_bytes())
        profile["/N"] = 4
        pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFX,
            OutputConditionIdentifier=colour_space.CONDITION_ID,
            OutputCondition=colour_space.CONDITION,
            RegistryName=ICC_REGISTRY,
            Info=colour_space.PROFILE_NAME,
            DestOutputProfile=profile,
        )])
        info = pdf.docinfo
        if "/ModDate" not in info:
            info.ModDate = info.CreationDate
        _write_metadata(pdf)
        info.GTS_PDFXVersion = PDFX_VERSION
        info.Trapped = pikepdf.Name("/False")
        out = io.BytesIO()
        pdf.save(out, force_version=PDF_VERSION, deterministic_id=True,
                 fix_metadata_version=False)
    return out.getvalue()


def _write_metadata(pdf: pikepdf.Pdf) -> None:
    """The XMP packet PDF/X-4 asks for, dated as the document info is (no clock: the same
    project gives the same file)."""
    info = pdf.docinfo
    created = decode_pdf_date(str(info.CreationDate)).isoformat()
    modified = decode_pdf_date(str(info.ModDate)).isoformat()
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        # Trapped is set below, by its XMP name: pikepdf warns that it cannot convert it.
        meta.load_from_docinfo({key: value for key, value in info.items()
                                if key != "/Trapped"})
        meta["pdfxid:GTS_PDFXVersion"] = PDFX_VERSION
        meta["pdf:Trapped"] = "False"
        meta["xmp:CreateDate"] = created
        meta["xmp:ModifyDate"] = modified
        meta["xmp:MetadataDate"] = modified
        meta["xmpMM:RenditionClass"] = "default"
        meta["xmpMM:VersionID"] = "1"
        meta["xmpMM:DocumentID"] = f"uuid:{_uuid(bytes(pdf.trailer.ID[0]))}"


def _uuid(digest: bytes) -> str:
    """The document's first ID (16 bytes, from reportlab) written as a UUID."""
    text = digest.hex().ljust(32, "0")[:32]
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
