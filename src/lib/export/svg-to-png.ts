/**
 * An SVG document drawn onto a canvas and saved as PNG, in the browser, with no request
 * leaving the page. Browser-only (Image, canvas); the curriculum end-to-end test checks
 * the bytes it makes.
 */

/** PNG pixels per SVG unit: sharp on a slide or in a report. */
export const PNG_SCALE = 2;

/** The SVG text as a PNG of `width` × `height` SVG units; null if this browser cannot draw it. */
export function svgToPng(svg: string, width: number, height: number): Promise<Blob | null> {
	return new Promise((done) => {
		const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
		const image = new Image();
		image.onerror = () => {
			URL.revokeObjectURL(url);
			done(null);
		};
		image.onload = () => {
			const canvas = Object.assign(document.createElement('canvas'), {
				width: width * PNG_SCALE,
				height: height * PNG_SCALE
			});
			const context = canvas.getContext('2d');
			context?.scale(PNG_SCALE, PNG_SCALE);
			context?.drawImage(image, 0, 0);
			URL.revokeObjectURL(url);
			canvas.toBlob(done, 'image/png');
		};
		image.src = url;
	});
}
