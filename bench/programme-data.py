#!/usr/bin/env python3
"""Generates a load-test masterplan of Kabupaten Tegal (demo) through Rancang's public API:
500 programmes with 10 budget lines each (5,000 lines), 4 actions each (2,000 actions), partners
from the demo stakeholders, a lead OPD each, 50 dependencies and a mix of statuses. Every row goes
through the same validation and audit trail as a user's input. Deterministic (seeded), standard
library only, one keep-alive connection to localhost.

Usage: programme-data.py BASE_URL TOKEN  -> prints the new masterplan id on the last line.
"""
import http.client
import json
import random
import sys
import time
import urllib.parse

PROGRAMMES = 500
ACTIONS_PER_PROGRAMME = 4
SOURCES = ["APBD", "APBN", "DAK", "CSR", "KPBU", "DANA_DESA", "OTHER"]
CATEGORIES = ["POLICY_INSTITUTION", "INFRASTRUCTURE", "APPLICATION_LITERACY"]

ELEMENTS = {
    "GOVERNANCE": ["PUBLIC_SERVICE", "BUREAUCRACY", "PUBLIC_POLICY"],
    "BRANDING": ["TOURISM", "BUSINESS", "CITY_APPEARANCE"],
    "ECONOMY": ["INDUSTRY", "WELFARE", "FINANCIAL_TRANSACTIONS"],
    "LIVING": ["SPATIAL_HARMONY", "HEALTH", "MOBILITY"],
    "SOCIETY": ["COMMUNITY", "LEARNING", "SECURITY"],
    "ENVIRONMENT": ["PROTECTION", "WASTE", "ENERGY"],
}
TOPICS = {
    "GOVERNANCE": ["Perizinan", "Kependudukan", "Pengaduan Warga", "Kepegawaian", "Arsip",
                   "Anggaran Terbuka", "Data Sektoral", "Kearsipan Desa"],
    "BRANDING": ["Wisata Guci", "Kuliner Khas", "Produk Logam", "Batik Tegalan", "Event Budaya",
                 "Wajah Kota", "Desa Wisata"],
    "ECONOMY": ["UMKM", "Pasar Rakyat", "Koperasi", "Pembayaran Nontunai", "Bursa Kerja",
                "Industri Kecil", "Nelayan", "Petani Bawang"],
    "LIVING": ["Puskesmas", "Rujukan Pasien", "Gizi Balita", "Angkutan Umum", "Parkir",
               "Tata Ruang", "Air Bersih", "Rumah Layak Huni"],
    "SOCIETY": ["Sekolah", "Literasi Digital", "Perpustakaan", "Kedaruratan", "Ketertiban",
                "Karang Taruna", "Penyandang Disabilitas"],
    "ENVIRONMENT": ["Sampah", "Bank Sampah", "Kualitas Udara", "Sungai", "Energi Surya",
                    "Penghijauan", "Limbah Industri"],
}
KINDS = ["Sistem Informasi", "Aplikasi", "Gerakan", "Layanan Digital", "Portal", "Dasbor",
         "Jaringan", "Pusat Data", "Sekolah Lapang", "Inkubator"]
PLACES = ["Adiwerna", "Balapulang", "Bojong", "Bumijawa", "Dukuhturi", "Dukuhwaru", "Jatinegara",
          "Kedungbanteng", "Kramat", "Lebaksiu", "Margasari", "Pagerbarang", "Pangkah", "Slawi",
          "Suradadi", "Talang", "Tarub", "Warureja"]


def main():
    base, token = sys.argv[1], sys.argv[2]
    url = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json",
               "Accept": "application/json"}
    calls = [0]

    def call(method, path, body=None):
        conn.request(method, path, json.dumps(body) if body is not None else None, headers)
        response = conn.getresponse()
        data = response.read()
        calls[0] += 1
        if response.status >= 300:
            sys.exit(f"{method} {path} -> {response.status}: {data[:500]!r}")
        return json.loads(data) if data else None

    rnd = random.Random(20261130)
    started = time.time()
    opds = [o["id"] for o in call("GET", "/api/v1/regions/33.28/opds?size=200")]
    people = [(s["id"], s["pentahelixRole"])
              for s in call("GET", "/api/v1/regions/33.28/stakeholders?size=200")]
    plan = call("POST", "/api/v1/regions/33.28/masterplans",
                {"title": "Masterplan uji beban (500 program)", "startYear": 2024,
                 "endYear": 2033})["id"]
    dimensions = list(ELEMENTS)
    created = []  # (id, version, start, end, lead)
    for i in range(PROGRAMMES):
        dimension = dimensions[i % 6]
        element = ELEMENTS[dimension][(i // 6) % 3]
        topic = rnd.choice(TOPICS[dimension])
        place = rnd.choice(PLACES)
        kind = rnd.choice(KINDS)
        long_term = i % 5 < 2  # 40 % long (10 years, one source a year), 60 % medium (5 x 2)
        if long_term:
            start, end = 2024, 2033
            budget = [{"year": y, "source": SOURCES[(i + y) % 4], "amount": amount(rnd)}
                      for y in range(start, end + 1)]
        else:
            start = 2024 + rnd.randrange(0, 6)
            end = start + 4
            budget = []
            for y in range(start, end + 1):
                first, second = rnd.sample(SOURCES, 2)
                budget += [{"year": y, "source": first, "amount": amount(rnd)},
                           {"year": y, "source": second, "amount": amount(rnd)}]
        lead = opds[i % len(opds)]
        partners = [{"stakeholderId": sid, "role": role,
                     "contribution": "Mitra " + topic.lower()}
                    for sid, role in rnd.sample(people, 1 + i % 2)]
        depends = [created[rnd.randrange(0, len(created))][0]] if i % 10 == 9 else []
        body = {
            "code": f"UB-{i + 1:04d}",
            "name": f"{kind} {topic} {place}",
            "dimension": dimension,
            "element": element,
            "problem": f"Layanan {topic.lower()} di Kecamatan {place} belum terhubung dan"
                       f" datanya tercatat manual, sehingga warga menunggu lama.",
            "description": f"{kind} {topic.lower()} untuk warga {place}: pendataan, layanan"
                           f" daring, pelatihan petugas dan pemantauan kinerja setiap triwulan.",
            "impactSociety": "Waktu layanan lebih singkat dan warga mendapat informasi lebih cepat.",
            "impactEnvironment": "Penggunaan kertas dan perjalanan ke kantor berkurang.",
            "horizon": "LONG" if long_term else "MEDIUM",
            "startYear": start,
            "endYear": end,
            "leadOpdId": lead,
            "partners": partners,
            "budget": budget,
            "dependsOn": depends,
            "risks": [{"description": "Keterbatasan anggaran dan SDM", "likelihood": 1 + i % 5,
                       "impact": 1 + (i // 5) % 5, "mitigation": "Penjadwalan bertahap"}],
        }
        saved = call("POST", f"/api/v1/masterplans/{plan}/programmes", body)
        created.append((saved["id"], saved["version"], start, end, lead))
    programmes_done = time.time()
    for i, (pid, version, start, end, lead) in enumerate(created):
        for a in range(ACTIONS_PER_PROGRAMME):
            call("POST", f"/api/v1/programmes/{pid}/actions", {
                "category": CATEGORIES[a % 3],
                "title": f"Tahap {a + 1}: {CATEGORIES[a % 3].lower().replace('_', ' ')}",
                "year": min(end, start + a),
                "quarter": 1 + (i + a) % 4,
                "ownerOpdId": lead if a % 2 == 0 else opds[(i + a) % len(opds)],
                "deliverable": "Laporan dan keluaran tahap " + str(a + 1),
                "budget": amount(rnd) // 4,
            })
    actions_done = time.time()
    ladder = ["SELECTED", "PLANNED", "RUNNING"]
    changes = 0
    for i, (pid, version, *_rest) in enumerate(created):
        steps = ["CANCELLED"] if i % 25 == 24 else ladder[: (0 if i % 3 == 0 else i % 4)]
        for status in steps:
            version = call("POST", f"/api/v1/masterplans/{plan}/programmes/{pid}/status",
                           {"status": status, "note": "uji beban", "version": version})["version"]
            changes += 1
    finished = time.time()
    print(f"generated through the API in {finished - started:.1f} s ({calls[0]} requests):"
          f" {len(created)} programmes with {10 * len(created)} budget lines"
          f" in {programmes_done - started:.1f} s,"
          f" {ACTIONS_PER_PROGRAMME * len(created)} actions in {actions_done - programmes_done:.1f} s,"
          f" {changes} status changes in {finished - actions_done:.1f} s")
    print(plan)


def amount(rnd):
    """A yearly amount between Rp 50 juta and Rp 2.5 miliar, in whole juta."""
    return rnd.randrange(50, 2500) * 1_000_000


if __name__ == "__main__":
    main()
